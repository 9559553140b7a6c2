// Four tests at once on two cores: the two browser collections spend most of a test waiting on Chromium and their app
// hosts, and with xunit's default (one test per core) each of their tests first queued behind unit tests for a free
// slot — the suite took the browser collections' time plus those waits. See docs/performance.md.
[assembly: Xunit.v3.Parallelization(MaxThreads = 4)]
