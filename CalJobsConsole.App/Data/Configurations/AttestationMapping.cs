using CalJobsConsole.Domain.Attestations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

internal static class AttestationMapping
{
    public static void Configure(ComplexPropertyBuilder<Attestations> attestations) =>
        attestations.ComplexProperty(a => a.Statement);
}
