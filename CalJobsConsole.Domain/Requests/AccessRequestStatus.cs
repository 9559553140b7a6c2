namespace CalJobsConsole.Domain.Requests;

public enum AccessRequestStatus
{
    /// <summary>Waiting for the area's administrator.</summary>
    Submitted = 1,

    /// <summary>Sent back to the requestor with a note; the requestor corrects and resubmits it.</summary>
    ReturnedForCorrection = 2,

    /// <summary>Reviewed and approved; the act it asks for may be carried out.</summary>
    Approved = 3,

    Rejected = 4,

    /// <summary>The act was carried out (account created, password reset, …).</summary>
    Fulfilled = 5,
}

public static class AccessRequestStatusNames
{
    /// <summary>The status as people read it: "Returned for correction", never <c>ReturnedForCorrection</c>.</summary>
    public static string DisplayName(this AccessRequestStatus status) => status switch
    {
        AccessRequestStatus.ReturnedForCorrection => "Returned for correction",
        _ => status.ToString(),
    };
}
