// Issue 21, sessions: tells the open page's circuit, and the sign-in cookie, that the person is at work on the page.
// A page in a circuit makes no HTTP request while it is used: without this, the cookie's idle timeout would end the session of
// someone working on one page for longer than it, and nothing would end a page left open and untouched (CircuitActivity.cs).
// Once per beat, if a key, a click, a touch, the wheel or a scroll happened since the last beat, it reports it to the circuit
// and posts to the keep-alive address (the cookie slides). Moving the pointer alone does not count.
const events = ["pointerdown", "keydown", "wheel", "touchstart", "scroll"];
const options = { capture: true, passive: true };

export function watch(circuit, beatMilliseconds, keepAliveUrl) {
    let active = false;
    const mark = () => { active = true; };
    for (const name of events) {
        window.addEventListener(name, mark, options);
    }
    const timer = window.setInterval(() => {
        if (!active) {
            return;
        }
        active = false;
        circuit.invokeMethodAsync("Active").catch(() => { });
        fetch(keepAliveUrl, { method: "POST", credentials: "same-origin", cache: "no-store" }).catch(() => { });
    }, beatMilliseconds);
    return {
        stop() {
            window.clearInterval(timer);
            for (const name of events) {
                window.removeEventListener(name, mark, options);
            }
        },
    };
}
