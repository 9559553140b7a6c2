using System.Security.Cryptography;
using System.Text;
using CalJobsConsole.App.Features.Records;

namespace CalJobsConsole.Tests.Features.Records;

/// <summary>
/// The renderer on its own (issue 20): a record drawn with PDFsharp and read back with PdfPig holds every field, signature and
/// decision, non-ASCII text, long text wrapped and never cut, and a footer on every page whose hash is the record's content hash.
/// </summary>
public sealed class FormRecordPdfTests
{
    private static readonly Guid Id = Guid.Parse("0b5c6a52-8d2e-4f43-9c51-7f0e3d1a2b4c");

    private readonly FormRecordPdf _pdf = PdfText.Renderer();

    private static FormRecord Record(string businessNeed = "Case management for WIOA Title I participants.", FormRecordDecision? decision = null,
        string generated = "2026-03-16 13:33 Pacific time") =>
        new("CalJOBS System Access Request (Attachment 3)", "WSD24-13, Attachment 3", Id, "New account",
        [
            new("Staff member", [new("Name", "José Ñúñez — Peña"), new("E-mail", "jose.nunez@example.ca.gov"), new("Kind of staff", "Non-EDD staff")]),
            new("What is asked", [new("Requested privilege group", "LWIA/CBO Staff"), new("Business need", businessNeed)]),
        ],
        [new("Submitted the request", "Renée Müller", "Requestor (manager or supervisor)", "2026-03-14 09:00 Pacific time",
            "I verified the staff member's ISPA training and confidentiality statement.", "2026-1")],
        decision ?? new FormRecordDecision("Approved", "Morgan MIS, MIS Administrator of Golden Sierra", "2026-03-15 10:12 Pacific time", "Welcome — café at 9."),
        generated);

    [Fact]
    public void Render_WhenReadBack_HoldsEveryFieldSignatureAndDecision()
    {
        var record = Record();

        var text = PdfText.Of(_pdf.Render(record).Content);

        foreach (var expected in new[]
                 {
                     record.Title, record.DirectiveReference, record.Kind, Id.ToString(), "Generated 2026-03-16 13:33 Pacific time",
                     "Staff member", "Name", "José Ñúñez — Peña", "E-mail", "jose.nunez@example.ca.gov", "Kind of staff", "Non-EDD staff",
                     "What is asked", "Requested privilege group", "LWIA/CBO Staff", "Business need", "Case management for WIOA Title I participants.",
                     "Signatures", "Submitted the request", "Renée Müller, Requestor (manager or supervisor)", "2026-03-14 09:00 Pacific time",
                     "I verified the staff member's ISPA training and confidentiality statement. (statement version 2026-1)",
                     "Decision", "Approved", "Morgan MIS, MIS Administrator of Golden Sierra", "2026-03-15 10:12 Pacific time", "Welcome — café at 9.",
                 })
            text.AssertContains(expected);
    }

    [Fact]
    public void Render_WhenNamesAreNotAscii_TheyReadBackUnchanged()
    {
        var text = PdfText.Of(_pdf.Render(Record()).Content);

        // Not squashed: the characters themselves, as drawn.
        Assert.Contains("José Ñúñez — Peña", text.All);
        Assert.Contains("Renée Müller", text.All);
    }

    [Fact]
    public void Render_WhenNobodyHasDecided_SaysNotDecidedYet()
    {
        var record = Record() with { Decision = null };

        var text = PdfText.Of(_pdf.Render(record).Content);

        text.AssertContains("Decision");
        text.AssertContains(FormRecord.NotDecidedYet);
    }

    [Fact]
    public void Render_WhenTheBusinessNeedIsLong_ItWrapsOverLinesAndPagesAndNothingIsCut()
    {
        var need = string.Join(" ", Enumerable.Range(1, 900).Select(i => $"need{i:000}")) + " " + new string('x', 160) + " end-of-need.";

        var file = _pdf.Render(Record(need));
        var text = PdfText.Of(file.Content);

        Assert.True(file.PageCount >= 2, $"{file.PageCount} page(s)");
        Assert.Equal(file.PageCount, text.Pages.Count);
        // Every word, in order, the 160-character word too (broken between characters, not cut): the squashed text holds it whole.
        text.AssertContains(need);
        // And the decision after it made it to the last page.
        Assert.Contains(PdfText.Squash("Welcome — café at 9."), PdfText.Squash(text.Pages[^1]));
    }

    [Fact]
    public void Render_OnEveryPage_TheFooterNamesTheRecordTheRecomputedContentHashAndThePage()
    {
        var record = Record(string.Join(" ", Enumerable.Range(1, 900).Select(i => $"need{i:000}")));
        var recomputed = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record.CanonicalText())));

        var file = _pdf.Render(record);
        var footers = PdfText.Of(file.Content).Footers();

        Assert.Equal(file.PageCount, footers.Count);
        Assert.All(footers, f => Assert.Equal((Id.ToString(), recomputed), (f.RecordId, f.Hash)));
        Assert.Equal(Enumerable.Range(1, file.PageCount), footers.Select(f => f.Page));
        Assert.All(footers, f => Assert.Equal(file.PageCount, f.Of));
        Assert.Equal(recomputed, file.ContentSha256);
    }

    [Fact]
    public void Render_Always_ReturnsTheSha256OfThePdfBytes()
    {
        var file = _pdf.Render(Record());

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file.Content)), file.PdfSha256);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(file.Content, 0, 5));
    }

    [Fact]
    public void ContentSha256_WhenOnlyTheGenerationTimeDiffers_IsTheSame()
    {
        Assert.Equal(Record().ContentSha256(), Record(generated: "2027-01-01 08:00 Pacific time").ContentSha256());
    }

    [Fact]
    public void ContentSha256_WhenAFieldOrTheDecisionChanges_Differs()
    {
        var original = Record().ContentSha256();

        Assert.NotEqual(original, Record("Another need.").ContentSha256());
        Assert.NotEqual(original, (Record() with { Decision = null }).ContentSha256());
        Assert.NotEqual(original, Record(decision: new FormRecordDecision("Rejected", "Morgan MIS", "2026-03-15 10:12 Pacific time", "No.")).ContentSha256());
    }

    [Fact]
    public void CanonicalText_WhenAValueHoldsALineBreak_KeepsItOnItsOwnLine()
    {
        var record = Record("first line\nfield.label: Name");

        var lines = record.CanonicalText().Split('\n');

        Assert.Contains(@"field.value: first line\nfield.label: Name", lines);
        Assert.DoesNotContain("field.label: Name", lines.SkipWhile(l => !l.Contains("first line")));
        Assert.Equal(FormRecord.CanonicalFormat, lines[0]);
    }
}
