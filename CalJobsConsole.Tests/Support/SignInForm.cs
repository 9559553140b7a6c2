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
        return await PostFormAsync(client, url, url, new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Username"] = username,
            ["Input.Password"] = password,
        });
    }

    /// <summary>
    /// Posts <paramref name="fields"/> to <paramref name="target"/> with the antiforgery token of the form page
    /// <paramref name="formPage"/> (read first with a GET, as a browser has it).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string target, Dictionary<string, string> fields)
    {
        var token = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync(formPage, token);
        fields["__RequestVerificationToken"] = AntiforgeryTokenIn(page);
        return await client.PostAsync(target, new FormUrlEncodedContent(fields), token);
    }

    /// <summary>The antiforgery token of the (first) form in <paramref name="html"/>, decoded; empty when it has none.</summary>
    public static string AntiforgeryTokenIn(string html) => WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
