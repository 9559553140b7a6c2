using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>A demo person: their console user (whose id is the domain's person id) and the role they sign in with, if any.</summary>
internal sealed record DemoPerson(Guid Id, string UserName, string FullName, string Email, string? Role)
{
    public ContactDetails Contact => ContactDetails.Create(FullName, Email);
}
