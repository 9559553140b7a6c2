using Microsoft.AspNetCore.Identity;

namespace CalJobsConsole.App.Security;

/// <summary>Setting up Identity's side of the console: its six roles, and Identity's refusals in words an operator reads.</summary>
public static class IdentitySetup
{
    /// <summary>Creates whichever of the console's roles the database lacks; returns the names it created.</summary>
    public static async Task<IReadOnlyList<string>> EnsureConsoleRolesAsync(this RoleManager<IdentityRole<Guid>> roles)
    {
        var created = new List<string>();
        foreach (var name in ConsoleRoles.All)
        {
            if (await roles.RoleExistsAsync(name))
                continue;
            (await roles.CreateAsync(new IdentityRole<Guid>(name))).ThrowIfFailed($"Creating the role '{name}'");
            created.Add(name);
        }
        return created;
    }

    /// <summary>One line per error, as Identity words it: "PasswordTooShort: Passwords must be at least 12 characters."</summary>
    public static IReadOnlyList<string> ErrorLines(this IdentityResult result) =>
        result.Errors.Select(e => $"{e.Code}: {e.Description}").ToList();

    public static void ThrowIfFailed(this IdentityResult result, string action)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"{action} failed: {string.Join(" ", result.ErrorLines())}");
    }
}
