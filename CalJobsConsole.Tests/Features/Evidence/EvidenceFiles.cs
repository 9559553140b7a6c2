using System.Security.Cryptography;
using CalJobsConsole.App.Features;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.Tests.Features.Evidence;

/// <summary>Small files with real leading bytes, and their expected hashes.</summary>
public static class EvidenceFiles
{
    public static byte[] MinimalPdf(string text = "evidence") =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A Windows executable's "MZ" header, whatever name it is uploaded under.</summary>
    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The document an upload kept; fails the test, naming the refusal, when it kept none.</summary>
    public static async Task<EvidenceDocument> Kept(this Task<ActOutcome<EvidenceDocument>> upload)
    {
        var outcome = await upload;
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        return outcome.Value!;
    }
}
