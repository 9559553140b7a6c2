using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CalJobsConsole.Domain.Common;
using CsvHelper;

namespace CalJobsConsole.App.Features.Import;

/// <summary>What the reader made of a file: the rows whose shape is right, and every problem found on the way.</summary>
public sealed record ImportFile(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportFinding> Problems, int DataRows)
{
    public bool Unreadable => Problems.Any(p => p.RowNumber is null);
}

/// <summary>
/// Reads the import file (CsvHelper): UTF-8 only (a BOM is allowed), the exact header of <see cref="ImportLayout.Columns"/>,
/// then each row's shape — required cells, ISO dates, the words of each enum column, e-mail addresses — and duplicates within
/// the file. Whether areas, offices and groups exist, and the directive's rules, are the checker's (<see cref="ImportChecker"/>).
/// </summary>
public static class ImportFileReader
{
    public static ImportFile Read(byte[] content)
    {
        if (EncodingProblem(content) is { } encoding)
            return new ImportFile([], [encoding], 0);
        var problems = new List<ImportFinding>();
        var malformed = new Dictionary<long, string>();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = m => malformed[m.RecordNumber] = m.Reason.ToString(),
        };
        using var reader = CsvReader.Create(content, options);
        if (!reader.Read())
            return new ImportFile([], [new(null, null, ImportCodes.Header, $"The file is empty. {ExpectedHeader}")], 0);
        var header = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToList();
        if (HeaderProblem(header) is { } headerProblem)
            return new ImportFile([], [headerProblem], 0);

        var rows = new List<ImportRow>();
        var dataRows = 0;
        while (reader.Read())
        {
            dataRows++;
            var rowNumber = (int)reader.RowNumber;
            if (malformed.Remove(reader.RowNumber, out var reason))
            {
                problems.Add(new(rowNumber, null, ImportCodes.Format,
                    $"Row {rowNumber} (line {reader.LineNumber}) is not valid CSV ({reason}): a cell holding a quote must be in quotes, with its quotes doubled."));
                continue;
            }
            if (reader.FieldCount != ImportLayout.Columns.Count)
            {
                problems.Add(new(rowNumber, null, ImportCodes.Format,
                    $"Row {rowNumber} has {reader.FieldCount} cells; the header has {ImportLayout.Columns.Count}. Leave unused cells empty, but keep every comma."));
                continue;
            }
            var cells = new string[ImportLayout.Columns.Count];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = reader.GetString(i);
            if (ImportRowParser.Parse(rowNumber, cells, problems) is { } row)
                rows.Add(row);
        }
        problems.AddRange(Duplicates(rows));
        return new ImportFile(rows, problems, dataRows);
    }

    private static string ExpectedHeader => $"The first row must be exactly: {string.Join(',', ImportLayout.Columns)}";

    /// <summary>One clear message naming what is missing, what is extra and what is out of order.</summary>
    public static ImportFinding? HeaderProblem(IReadOnlyList<string> header)
    {
        if (header.SequenceEqual(ImportLayout.Columns, StringComparer.Ordinal))
            return null;
        var missing = ImportLayout.Columns.Except(header, StringComparer.Ordinal).ToList();
        var extra = header.Except(ImportLayout.Columns, StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (missing.Count > 0)
            parts.Add($"missing column(s): {string.Join(", ", missing)}");
        if (extra.Count > 0)
            parts.Add($"unknown column(s): {string.Join(", ", extra.Select(e => e.Length == 0 ? "(an empty name)" : e))}");
        var duplicated = header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicated.Count > 0)
            parts.Add($"column(s) given twice: {string.Join(", ", duplicated)}");
        if (parts.Count == 0)
        {
            var firstOut = Enumerable.Range(0, header.Count).First(i => header[i] != ImportLayout.Columns[i]);
            parts.Add($"the columns are out of order: column {firstOut + 1} is {header[firstOut]}, where {ImportLayout.Columns[firstOut]} is expected");
        }
        return new ImportFinding(null, null, ImportCodes.Header, $"The header row is not the import layout: {string.Join("; ", parts)}. {ExpectedHeader}");
    }

    /// <summary>UTF-16 or bytes that are not UTF-8: where, and how to save the file right.</summary>
    public static ImportFinding? EncodingProblem(byte[] content)
    {
        if (content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            return new(null, null, ImportCodes.Encoding,
                "The file is UTF-16 (\"Unicode text\"), not UTF-8. Save it as \"CSV UTF-8 (comma delimited)\" and upload it again.");
        if (Utf8.IsValid(content))
            return null;
        var offset = FirstInvalidByte(content);
        var line = 1 + content.AsSpan(0, offset).Count((byte)'\n');
        return new(null, null, ImportCodes.Encoding,
            $"The file is not UTF-8: byte {offset} (line {line}) is not valid UTF-8 — probably saved as Windows-1252/ANSI. " +
            "Save it as \"CSV UTF-8 (comma delimited)\" and upload it again; nothing was read.");
    }

    private static int FirstInvalidByte(byte[] content)
    {
        var buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            var offset = 0;
            while (offset < content.Length)
            {
                var status = Utf8.ToUtf16(content.AsSpan(offset), buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData)
                    return offset;
                if (status == OperationStatus.Done)
                    break;
            }
            return offset;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Each row repeating a username, area, office or administrator, naming every row that holds it.</summary>
    private static IEnumerable<ImportFinding> Duplicates(IReadOnlyList<ImportRow> rows) =>
        rows.GroupBy(r => (Kind: r.GetType(), Key: DuplicateKey(r)))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(r => new ImportFinding(r.RowNumber, r.Key, ImportCodes.Duplicate,
                $"{Describe(r)} is on rows {string.Join(", ", g.Select(d => d.RowNumber))}: each may be given once. Keep one row and remove the others.")))
            .OrderBy(f => f.RowNumber);

    private static string DuplicateKey(ImportRow row) => row switch
    {
        AdministratorRow a => $"{a.Area.ToUpperInvariant()}|{a.Contact.Email.ToUpperInvariant()}",
        _ => row.Key.ToUpperInvariant(),
    };

    private static string Describe(ImportRow row) => row switch
    {
        AccountRow a => $"The username {a.Username}",
        AreaRow a => $"The area {a.Name}",
        OfficeRow o => $"The office {o.Name}",
        AdministratorRow a => $"The administrator {a.Contact.Email} of {a.Area}",
        _ => row.Key,
    };
}
