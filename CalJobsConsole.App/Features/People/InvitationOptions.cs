namespace CalJobsConsole.App.Features.People;

/// <summary>The <c>CalJobs:Invitations</c> settings (issue 18).</summary>
public sealed class InvitationOptions
{
    public const string Section = "CalJobs:Invitations";

    /// <summary>How long an invitation's link works: 72 hours unless set.</summary>
    public int LifetimeHours { get; set; } = 72;

    /// <summary>
    /// The console's address as people reach it (<c>https://caljobs-console.example.gov/</c>), for the links in invitations.
    /// Empty: the address the inviting administrator's browser uses.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public TimeSpan Lifetime => TimeSpan.FromHours(LifetimeHours);
}
