using System.Diagnostics;
using System.Reflection;
using CalJobsConsole.Benchmarks.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Benchmarks;

/// <summary>
/// The benchmark's three seams onto code other people write (issue 17): the statewide generator, the import, and the
/// administrator the benchmark signs in as. Each is one small method; when the real API settles, only its body changes.
/// </summary>
internal static class Adapters
{
    public const string OperationsEmail = "ops.bench@example.ca.gov";
    public const string OperationsUserName = "ops.bench";
    public const string AdministratorUserName = "admin.bench";
    public const string Password = "Bench!Password2026";

    /// <summary>
    /// Writes the statewide import file of <paramref name="accounts"/> staff accounts to <paramref name="path"/> with
    /// <c>StatewideCsvGenerator.Write(TextWriter output, StatewideShape shape, int seed)</c>. Until that class is part of
    /// this assembly it is looked up by name, so the benchmark builds without it; the shape is made by the first of
    /// <c>StatewideShape.For(int accounts)</c>-like static factories (one <c>int</c> or <c>long</c> argument), a constructor
    /// taking the account count, or a static factory taking the size label ("10k"). Returns null when there is no generator
    /// (then only <c>--dev-seed</c> can fill the database).
    /// </summary>
    public static string? GenerateStatewideFile(string path, int accounts, string label, int seed)
    {
        var assembly = typeof(Adapters).Assembly;
        var generator = assembly.GetTypes().FirstOrDefault(t => t.Name == "StatewideCsvGenerator");
        var shapeType = assembly.GetTypes().FirstOrDefault(t => t.Name == "StatewideShape");
        if (generator is null || shapeType is null)
            return null;
        // Write(TextWriter output, StatewideShape shape, int seed, …optional parameters left at their defaults).
        var write = generator.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
            .FirstOrDefault(m => m.Name == "Write" && m.GetParameters() is [{ } p0, { } p1, { } p2, .. var rest]
                && typeof(TextWriter).IsAssignableFrom(p0.ParameterType) && p1.ParameterType == shapeType && p2.ParameterType == typeof(int)
                && rest.All(p => p.IsOptional))
            ?? throw new InvalidOperationException("StatewideCsvGenerator has no static Write(TextWriter, StatewideShape, int seed).");
        var shape = MakeShape(shapeType, accounts, label)
            ?? throw new InvalidOperationException($"Cannot make a StatewideShape for {label} ({accounts} accounts): give it a static factory taking the account count.");
        using (var output = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
            write.Invoke(null, [output, shape, seed, .. write.GetParameters().Skip(3).Select(p => p.DefaultValue)]);
        return path;
    }

    private static object? MakeShape(Type shapeType, int accounts, string label)
    {
        const BindingFlags statics = BindingFlags.Public | BindingFlags.Static;
        foreach (var method in shapeType.GetMethods(statics).Where(m => m.ReturnType == shapeType))
        {
            switch (method.GetParameters())
            {
                case [{ ParameterType: var t }] when t == typeof(int):
                    return method.Invoke(null, [accounts]);
                case [{ ParameterType: var t }] when t == typeof(long):
                    return method.Invoke(null, [(long)accounts]);
            }
        }
        foreach (var method in shapeType.GetMethods(statics).Where(m => m.ReturnType == shapeType))
        {
            if (method.GetParameters() is [{ ParameterType: var t }] && t == typeof(string))
            {
                try { return method.Invoke(null, [label]); }
                catch (TargetInvocationException) { }
            }
        }
        foreach (var property in shapeType.GetProperties(statics).Where(p => p.PropertyType == shapeType))
        {
            if (property.Name.Contains(label, StringComparison.OrdinalIgnoreCase) || property.Name.Contains(accounts.ToString(), StringComparison.Ordinal))
                return property.GetValue(null);
        }
        var constructor = shapeType.GetConstructors().FirstOrDefault(c => c.GetParameters() is [{ ParameterType: var t }] && t == typeof(int));
        return constructor?.Invoke([accounts]);
    }

    /// <summary>The first Operations Unit user of the fresh database, through the App's own <c>create-operations-user</c>.</summary>
    public static Task<CommandResult> CreateOperationsUserAsync(string dataDirectory) =>
        AppCommand.RunAsync(dataDirectory, ["create-operations-user", OperationsUserName, OperationsEmail, "Benchmark Operations"],
            TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["CALJOBS_INITIAL_PASSWORD"] = Password });

    /// <summary>
    /// The import, through the App's command <c>import &lt;file.csv&gt; [--commit] --as &lt;operations-unit-email&gt;</c> (the import
    /// engineer's; shared brief): a dry run without <paramref name="commit"/>. Exit code 0 = clean / committed, 2 = the file has
    /// problems; anything else (or "Unknown"/usage output) means the verb is not there yet. Timed from process start to exit,
    /// so it includes the App's start-up (~1–2 s, reported separately as the <c>create-operations-user</c> time).
    /// </summary>
    public static Task<CommandResult> ImportAsync(string dataDirectory, string file, bool commit, TimeSpan timeout)
    {
        List<string> arguments = ["import", file];
        if (commit)
            arguments.Add("--commit");
        arguments.AddRange(["--as", OperationsEmail]);
        return AppCommand.RunAsync(dataDirectory, arguments, timeout);
    }

    /// <summary>
    /// Makes the administrator the benchmark signs in as: the first active seat of <paramref name="areaId"/> (the biggest area)
    /// gets a sign-in <see cref="AdministratorUserName"/> with <see cref="Password"/> and its role — the user whose id is the
    /// seat's person if the import made one, else a new user with that id. Also records the seat's training, so the desk is
    /// the one of a trained administrator. Returns the seat holder's e-mail, or null when the area has no active seat.
    /// </summary>
    public static async Task<string?> EnsureAdministratorAsync(IServiceProvider services, Guid areaId)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<CalJobsConsole.App.Data.ConsoleDbContext>();
        var seat = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Designations.Where(d => d.AreaId == areaId && d.Status == CalJobsConsole.Domain.Areas.DesignationStatus.Active)
                .OrderBy(d => d.SeatNumber)
                .Select(d => new { d.PersonId, d.Role, d.Contact.Email, d.Contact.FullName }));
        if (seat is null)
            return null;
        var users = provider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CalJobsConsole.App.Security.ConsoleUser>>();
        var user = await users.FindByIdAsync(seat.PersonId.ToString());
        if (user is null)
        {
            user = new CalJobsConsole.App.Security.ConsoleUser
            {
                Id = seat.PersonId, UserName = AdministratorUserName, Email = seat.Email, EmailConfirmed = true, FullName = seat.FullName,
            };
            Check(await users.CreateAsync(user, Password), "create the administrator's user");
        }
        else
        {
            await users.SetUserNameAsync(user, AdministratorUserName);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Check(await users.ResetPasswordAsync(user, token, Password), "set the administrator's password");
        }
        var role = seat.Role == CalJobsConsole.Domain.Areas.AdministratorRole.MisAdministrator
            ? CalJobsConsole.App.Security.ConsoleRoles.MisAdministrator
            : CalJobsConsole.App.Security.ConsoleRoles.CalJobsSpoc;
        if (!await users.IsInRoleAsync(user, role))
            Check(await users.AddToRoleAsync(user, role), "give the administrator their role");
        return seat.Email;
    }

    private static void Check(Microsoft.AspNetCore.Identity.IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    public static Stopwatch Time() => Stopwatch.StartNew();
}
