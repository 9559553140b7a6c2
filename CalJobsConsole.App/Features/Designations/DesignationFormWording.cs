using CalJobsConsole.Domain.Areas;
using static CalJobsConsole.App.Features.FiledFormWords;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>
/// What an Attachment 1 says beside the person's name and e-mail, in words, as the forms pages show it: phone, title,
/// organisation and CalJOBS username of the person designated (or of the new contact), and the effective date. A form filed
/// before these were asked says so instead of leaving them blank.
/// </summary>
public static class DesignationFormWording
{
    public static IReadOnlyList<FiledField> Particulars(DesignationForm form)
    {
        var asked = form.AskedParticulars;
        var effective = new FiledField("Effective", Asked(form.EffectiveOn, asked));
        if (form.Kind == DesignationFormKind.Remove)
            return [effective];
        var contact = form.Kind == DesignationFormKind.ChangeContact ? form.NewContact : form.Person;
        return
        [
            new("Title", Asked(form.Title, asked)),
            new("Organisation", Asked(form.Organisation, asked)),
            // The phone was asked before issue 20 too, as an optional field: an older form without one left it blank.
            new("Phone", Asked(contact?.Phone, asked: true)),
            new("CalJOBS username", Asked(form.CalJobsUsername, asked, NoCalJobsUsername)),
            effective,
        ];
    }
}
