// The web SDK's generator makes a top-level Program public (for WebApplicationFactory); this project's Program stays
// internal, or the tests, which see both this project and the App, would find two public Program classes (CS0433).
internal partial class Program;
