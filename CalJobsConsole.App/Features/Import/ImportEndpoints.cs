using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;

namespace CalJobsConsole.App.Features.Import;

/// <summary>GET /import/template.csv: the import layout's header and one example row per record kind (Operations Unit only).</summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/import/template.csv", async (HttpContext http, ScopeService scopes, SecurityAudit audit) =>
        {
            if (await scopes.ForEndpointAsync(http.User, http.RequestAborted) is not { IsOperationsUnit: true })
                return await audit.ForbiddenAsync(http, "SCO-1: the import is the Operations Unit's");
            http.Response.NoStore();
            return Results.File(CsvFile.Encoding.GetPreamble().Concat(CsvFile.Encoding.GetBytes(Template())).ToArray(), CsvFile.ContentType, "caljobs-import-template.csv");
        }).RequireAuthorization();
        return endpoints;
    }

    public static string Template()
    {
        var text = new StringWriter();
        using (var csv = CsvFile.Writer(text))
        {
            CsvFile.WriteRow(csv, ImportLayout.Columns);
            foreach (var row in ImportLayout.ExampleRows)
                CsvFile.WriteRow(csv, ImportLayout.Columns.Select(c => row.GetValueOrDefault(c, "")));
        }
        return text.ToString();
    }
}
