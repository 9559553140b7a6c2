using System.Net;
using System.Text.RegularExpressions;

namespace CalJobsConsole.Tests.Support;

/// <summary>Signs in through the static sign-in form, as a browser would: GET for the antiforgery token, then POST.</summary>
public static partial class SignInForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string username, string password, string? returnUrl = null)
    {
        var token = TestContext.Current.CancellationToken;
        var url = "/Account/Login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = await client.GetStringAsync(url, token);
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
            ["_handler"] = "login",
            ["Input.Username"] = username,
            ["Input.Password"] = password,
        }), token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
