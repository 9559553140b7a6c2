using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Features.Records;

public static class RecordServices
{
    /// <summary>
    /// The PDF records: the fonts (checked at start, so a server without them says so at once rather than at the first
    /// download), the renderer and the service.
    /// </summary>
    public static IServiceCollection AddFormRecords(this IServiceCollection services)
    {
        services.AddOptions<RecordOptions>().BindConfiguration(RecordOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RecordOptions>, RecordOptionsValidator>();
        services.AddSingleton(provider => RecordFonts.Install(provider.GetRequiredService<IOptions<RecordOptions>>().Value.FontFolder));
        services.AddSingleton<FormRecordPdf>();
        services.AddScoped<FormRecordService>();
        services.AddScoped<FormRecordFiling>();
        return services;
    }

    /// <summary>Names the folder and the files it lacks.</summary>
    private sealed class RecordOptionsValidator : IValidateOptions<RecordOptions>
    {
        public ValidateOptionsResult Validate(string? name, RecordOptions options) =>
            RecordFonts.MissingFiles(options.FontFolder) is { Count: > 0 } missing
                ? ValidateOptionsResult.Fail(RecordFonts.MissingMessage(options.FontFolder, missing))
                : ValidateOptionsResult.Success;
    }
}
