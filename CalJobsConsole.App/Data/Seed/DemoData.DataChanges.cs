using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Domain.DataChanges;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>DCR-1: data change requests in each state and a few assistance contacts, so the queue, the lists and the log are not empty.</summary>
internal sealed partial class DemoData
{
    public List<DataChangeRequest> DataChangeRequests { get; } = [];

    public List<ParticipantAssistanceContact> AssistanceContacts { get; } = [];

    private void BuildDataChanges()
    {
        var sam = People.Single(p => p.UserName == DemoSignIns.Staff);
        // Waiting for Golden Sierra's administrator.
        DataChangeRequests.Add(DataChangeRequest.File(sam.Id, _goldenSierra.Id, _auburn.Id, "CJ-4821937", "Date of birth", "1990-01-02", "1990-02-01",
            "Day and month were swapped at intake; the participant showed their birth certificate.", On(DaysAgo(1), 14)));

        // Signed: the Operations Unit sees it.
        var signed = DataChangeRequest.File(_riley.Id, _goldenSierra.Id, _placerville.Id, "CJ-3307715", "Program exit date", "2025-06-30", "2025-05-16",
            "The exit was recorded six weeks late; the last service was on 2025-05-16 (case note of that day).", On(DaysAgo(6), 9));
        signed.Sign(_morgan, Signature.Sign(AttestationStatement.DataChange, _morgan.PersonId, _morgan.Name, _morgan.Name, On(DaysAgo(5), 11)), On(DaysAgo(5), 11));
        DataChangeRequests.Add(signed);

        // Declined, with the reason the requestor reads.
        var declined = DataChangeRequest.File(_riley.Id, _goldenSierra.Id, _auburn.Id, "CJ-5120448", "Highest grade completed", "11", "12",
            "Participant says they finished high school.", On(DaysAgo(9), 9));
        declined.Decline(_morgan, "No diploma or transcript is on file; upload one to the participant's record and file again.", On(DaysAgo(8), 10));
        DataChangeRequests.Add(declined);

        AssistanceContacts.Add(ParticipantAssistanceContact.Record(_goldenSierra.Id, _morgan.PersonId, "Sam Santos", DaysAgo(4), "CJ-4821937",
            AssistanceKind.DataValidation, "Date of birth did not match the eligibility document; explained how to file a data change request.", On(DaysAgo(4), 15)));
        AssistanceContacts.Add(ParticipantAssistanceContact.Record(_goldenSierra.Id, _morgan.PersonId, "Jamie Nguyen", DaysAgo(2), "CJ-6093318",
            AssistanceKind.PseudoSsnAssignment, "Participant has no SSN; walked Jamie through the pseudo-SSN steps of WSD20-11.", On(DaysAgo(2), 10)));
    }
}
