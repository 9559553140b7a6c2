using CalJobsConsole.Benchmarks;

// generate: writes a statewide import file (docs/import.md's layout) from a seed.
// run:      imports generated files into fresh databases and measures pages, queries, jobs and circuits (docs/performance.md).
return args switch
{
    ["generate", .. var rest] => await GenerateCommand.RunAsync(rest),
    ["run", .. var rest] => await BenchmarkCommand.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage:
          dotnet run -c Release --project benchmarks/CalJobsConsole.Benchmarks -- generate --size 10k|100k|1M [--seed N] --out <file.csv>
          dotnet run -c Release --project benchmarks/CalJobsConsole.Benchmarks -- run [--sizes 10k,100k]
        """);
    return 2;
}
