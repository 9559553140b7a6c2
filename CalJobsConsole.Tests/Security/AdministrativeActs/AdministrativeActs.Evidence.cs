using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.Evidence;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

public static partial class AdministrativeActs
{
    private static IEnumerable<AdministrativeAct> Evidence =>
    [
        new("EvidenceService.UploadAsync",
            async w =>
            {
                var request = w.World.Approved(w.World.NewAccountForm());
                await w.AddAsync(request);
                return request;
            },
            (w, user, request) => AdministrativeAct.CodesOf(async () => await
                new EvidenceService(w.Database, w.ScopeFor(user), new EvidenceStore(w.Data), w.World.Business)
                    .UploadAsync(((AccessRequest)request).Id, DocumentKind.SystemAccessRequestForm, "form.pdf",
                        new MemoryStream(EvidenceFiles.MinimalPdf()), ActWorld.Token))),
    ];
}
