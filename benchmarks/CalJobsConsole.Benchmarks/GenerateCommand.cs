namespace CalJobsConsole.Benchmarks;

/// <summary>Placeholder until the generator lands (issue 17, part 2).</summary>
internal static class GenerateCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("generate: not built yet");
        return Task.FromResult(1);
    }
}
