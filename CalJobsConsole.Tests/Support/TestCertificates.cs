using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// Self-signed key-protection certificates (<c>CalJobs:DataProtection:CertificatePath</c>) made on the fly: RSA 2048 in a
/// password-protected .pfx in a temporary folder removed at exit. <see cref="Shared"/> is the one every test host uses by
/// default, as every app server of one installation shares one file.
/// </summary>
public static class TestCertificates
{
    public sealed record PfxFile(string Path, string Password, string Thumbprint);

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-certs-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    private static readonly Lazy<PfxFile> SharedFile = new(() => Create("CalJOBS Console test key protection"));

    public static PfxFile Shared => SharedFile.Value;

    /// <summary>A new certificate with a private key; <paramref name="withPrivateKey"/> false writes only the public part (.cer).</summary>
    public static PfxFile Create(string subject, bool withPrivateKey = true)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var path = System.IO.Path.Combine(Folder.Value, Guid.NewGuid().ToString("N") + (withPrivateKey ? ".pfx" : ".cer"));
        File.WriteAllBytes(path, withPrivateKey ? certificate.Export(X509ContentType.Pfx, password) : certificate.Export(X509ContentType.Cert));
        return new PfxFile(path, password, certificate.Thumbprint);
    }
}
