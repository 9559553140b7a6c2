namespace CalJobsConsole.App.Configuration;

/// <summary>The folder of <c>CalJobs:DataDirectory</c>, made absolute and created on first use; database, evidence and mail pickup go below it.</summary>
public sealed class DataDirectory
{
    public DataDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A sub-folder (created) such as "evidence" or "mail".</summary>
    public string Folder(string name)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
