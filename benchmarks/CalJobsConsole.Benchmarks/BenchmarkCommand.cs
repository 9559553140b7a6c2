namespace CalJobsConsole.Benchmarks;

/// <summary>Placeholder until the benchmark lands (issue 17, part 7).</summary>
internal static class BenchmarkCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("run: not built yet");
        return Task.FromResult(1);
    }
}
