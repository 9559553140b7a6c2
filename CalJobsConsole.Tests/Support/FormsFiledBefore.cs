using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// Makes the stored forms (Attachments 1, 2 and 3) look as if they were filed before issue 20 asked its fields: the new
/// columns emptied, as the FullerForms migration left the rows already there. Column names are read from the model, so
/// the same statements run on SQLite and PostgreSQL.
/// </summary>
public static class FormsFiledBefore
{
    public static async Task ForgetFullerFieldsAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        // The design-time model: it keeps the relational names the runtime model may leave out.
        var model = db.GetService<IDesignTimeModel>().Model;
        var request = model.FindEntityType(typeof(AccessRequest))!;
        var form = request.FindComplexProperty(nameof(AccessRequest.Form))!.ComplexType;
        var staff = form.FindComplexProperty(nameof(AccessRequestForm.Staff))!.ComplexType;
        await EmptyAsync(db, request, cancellationToken,
            form.FindProperty(nameof(AccessRequestForm.StaffJobTitle))!, form.FindProperty(nameof(AccessRequestForm.RequestorTitle))!,
            form.FindProperty(nameof(AccessRequestForm.RequestorPhone))!, staff.FindProperty(nameof(AccessRequestForm.Staff.Phone))!);

        var designationForm = model.FindEntityType(typeof(DesignationForm))!;
        await EmptyAsync(db, designationForm, cancellationToken,
            [.. new[] { nameof(DesignationForm.Title), nameof(DesignationForm.Organisation), nameof(DesignationForm.CalJobsUsername), nameof(DesignationForm.EffectiveOn) }
                .Select(p => designationForm.FindProperty(p)!)]);

        var issueForm = model.FindEntityType(typeof(IssueReportingForm))!;
        await EmptyAsync(db, issueForm, cancellationToken,
            [.. new[]
                {
                    nameof(IssueReportingForm.OccurredAt), nameof(IssueReportingForm.Browser), nameof(IssueReportingForm.Device),
                    nameof(IssueReportingForm.Urgency), nameof(IssueReportingForm.ReporterPhone), nameof(IssueReportingForm.ReporterEmail),
                }
                .Select(p => issueForm.FindProperty(p)!)]);
    }

    private static Task<int> EmptyAsync(ConsoleDbContext db, IEntityType table, CancellationToken cancellationToken, params IProperty[] columns)
    {
        var store = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
        var sql = $"UPDATE \"{store.Name}\" SET " + string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(store)}\" = NULL"));
        return db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
