using CalJobsConsole.App.Features.Records;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.Records;

/// <summary>The PDF records' fonts come from a folder (Debian's fonts-dejavu-core by default); a folder without them stops start-up with a message that says what to install.</summary>
public sealed class FormRecordPdfFontTests
{
    [Fact]
    public void Options_WhenTheFontFolderLacksDejaVuSans_FailWithAMessageNamingTheSettingTheFilesAndThePackage()
    {
        var empty = System.IO.Directory.CreateTempSubdirectory("caljobs-fonts-").FullName;
        try
        {
            using var provider = Services(empty);

            var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RecordOptions>>().Value);

            Assert.Contains("CalJobs:Records:FontFolder", failure.Message);
            Assert.Contains(RecordFonts.RegularFile, failure.Message);
            Assert.Contains(RecordFonts.BoldFile, failure.Message);
            Assert.Contains("fonts-dejavu-core", failure.Message);
        }
        finally
        {
            System.IO.Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Options_ByDefault_ReadDebiansDejaVuFolderAndTheRendererDrawsWithIt()
    {
        using var provider = Services(null);

        Assert.Equal(RecordOptions.DebianFontFolder, provider.GetRequiredService<IOptions<RecordOptions>>().Value.FontFolder);
        Assert.Equal("DejaVu Sans", RecordFonts.Family);
        Assert.NotNull(provider.GetRequiredService<FormRecordPdf>().Fonts);
    }

    private static ServiceProvider Services(string? fontFolder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(fontFolder is null ? [] : new Dictionary<string, string?>
        {
            [$"{RecordOptions.Section}:FontFolder"] = fontFolder,
        }).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddFormRecords().BuildServiceProvider();
    }
}
