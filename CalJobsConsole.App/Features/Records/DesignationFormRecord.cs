using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using static CalJobsConsole.App.Features.FiledFormWords;
using static CalJobsConsole.App.Features.Records.RecordWords;

namespace CalJobsConsole.App.Features.Records;

/// <summary>
/// The designation form (Attachment 1) as signed, for its PDF record: the area, what the form asks (add, remove, change of
/// contact) and from when, the person (with title, organisation and CalJOBS username), the new contact or the reason, who signed (the Director or Division Chief, or a designee acting for
/// them) and when, and the Operations Unit's recording or refusal. No scope check here: callers check first.
/// </summary>
public static class DesignationFormRecord
{
    public const string Title = "WSB CalJOBS SPOC and MIS Administrator Designation Form (Attachment 1)";
    public const string DirectiveReference = "WSD24-13, Attachment 1: Changes, Additions, and Deletions of administrators (DES-1, CAP-1)";

    public static async Task<FormRecord> BuildAsync(ConsoleDbContext db, DesignationForm form, BusinessClock clock, CancellationToken cancellationToken = default)
    {
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == form.AreaId).Select(a => new { a.Name, a.Kind }).SingleAsync(cancellationToken);
        var names = await db.NamesAsync([form.ActedById, form.AccountableSignerId, form.DecidedById], cancellationToken);
        var signerTitle = $"{area.Kind.SignerTitle()} of {area.Name}";
        var asked = form.AskedParticulars;
        var sections = new List<FormRecordSection>
        {
            new("Area",
            [
                Line("Area", area.Name),
                Line("Kind of area", AreaKind(area.Kind)),
                Line("Administrator role", area.Kind.AdministratorRoleOf().DisplayName()),
            ]),
            new("What the form asks",
            [
                Line("Kind of change", KindInWords(form.Kind)),
                Line("Effective date", Asked(form.EffectiveOn, asked)),
                Line("Status", form.Status.DisplayName()),
            ]),
        };
        if (form.Kind == DesignationFormKind.Add)
            sections.Add(new("Person to designate",
            [
                Line("Name", form.Person.FullName),
                Line("E-mail", form.Person.Email),
                Line("Phone", form.Person.Phone),
                Line("Title", Asked(form.Title, asked)),
                Line("Organisation", Asked(form.Organisation, asked)),
                Line("CalJOBS username", Asked(form.CalJobsUsername, asked, NoCalJobsUsername)),
            ]));
        else
            sections.Add(new("Administrator",
            [
                Line("Name", form.Person.FullName),
                Line("E-mail", form.Person.Email),
                Line("Phone", form.Person.Phone),
            ]));
        if (form.Kind == DesignationFormKind.ChangeContact)
            sections.Add(new("New contact details",
            [
                Line("Name", form.NewContact?.FullName),
                Line("E-mail", form.NewContact?.Email),
                Line("Phone", form.NewContact?.Phone),
                Line("Title", Asked(form.Title, asked)),
                Line("Organisation", Asked(form.Organisation, asked)),
                Line("CalJOBS username", Asked(form.CalJobsUsername, asked, NoCalJobsUsername)),
            ]));
        if (form.Kind == DesignationFormKind.Remove)
            sections.Add(new("Removal", [Line("Reason", form.Reason)]));
        var role = form.SignedByDesignee ? $"designee acting for {names[form.AccountableSignerId]}, {signerTitle}" : signerTitle;
        FormRecordSignature[] signatures =
            [AccessRequestRecord.Signed("Signed the form", form.Signature, role, clock) ?? new("Signed the form", names[form.ActedById], role, Date(form.SignedOn))];
        return new FormRecord(Title, DirectiveReference, form.Id, KindInWords(form.Kind), sections, signatures, Decision(form, names),
            Time(clock.UtcNow, clock));
    }

    private static string KindInWords(DesignationFormKind kind) => kind switch
    {
        DesignationFormKind.Add => "Add an administrator",
        DesignationFormKind.Remove => "Remove an administrator",
        _ => "Change an administrator's contact details",
    };

    private static FormRecordDecision? Decision(DesignationForm form, PeopleNames names) => form.Status switch
    {
        DesignationFormStatus.Recorded => new("Recorded by the Operations Unit", names.Of(form.DecidedById), Date(form.DecidedOn)),
        DesignationFormStatus.Refused => new("Refused by the Operations Unit", names.Of(form.DecidedById), Date(form.DecidedOn), form.RefusalReason),
        _ => null,
    };
}
