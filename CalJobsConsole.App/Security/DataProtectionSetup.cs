using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.DataProtection;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using System.Security.Cryptography.Xml;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Security;

/// <summary>
/// <c>CalJobs:DataProtection</c>: the certificate that protects the data-protection keys at rest (issue 19). The keys sit in
/// the console's database beside what they protect (sign-in cookies, antiforgery tokens, the temporary passwords notifications
/// keep, CRD-1); encrypted with this certificate, a copy of the database alone reveals none of it.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "CalJobs:DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key; the same file on every app server.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The file's password (give it as <c>CalJobs__DataProtection__CertificatePassword</c> in the environment).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>True lets Production start with the keys unprotected (a warning is logged); never the default.</summary>
    public bool AllowUnprotectedKeys { get; set; }
}

public static class DataProtectionSetup
{
    public const string ApplicationName = "CalJobsConsole";

    /// <summary>
    /// One key ring for the console, kept in its database so every app server reads the same keys (a cookie from one server
    /// works on another) and they survive a restart. With <see cref="KeyProtectionOptions.CertificatePath"/> set, each key is
    /// written encrypted to the certificate and read back with it; Production refuses to start without one unless
    /// <see cref="KeyProtectionOptions.AllowUnprotectedKeys"/> is true. The settings are read when the host starts (so a test
    /// host's settings count), not when the services are registered.
    /// </summary>
    public static IServiceCollection AddConsoleDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<ConsoleDbContext>();
        services.AddOptions<KeyProtectionOptions>()
            .Configure<IServiceProvider>((options, sp) => sp.GetService<IConfiguration>()?.GetSection(KeyProtectionOptions.Section).Bind(options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyProtectionOptions>, KeyProtectionValidation>();
        services.AddSingleton<KeyProtectionCertificate>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => sp.GetRequiredService<KeyProtectionCertificate>());
        return services;
    }
}

/// <summary>Refuses to start with a certificate that cannot be used, or none in Production (<see cref="KeyProtectionCertificate.Problem"/>).</summary>
public sealed class KeyProtectionValidation(IServiceProvider services) : IValidateOptions<KeyProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyProtectionOptions options) =>
        KeyProtectionCertificate.Problem(options, services.GetService<IHostEnvironment>()) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
}

/// <summary>
/// The certificate of <see cref="KeyProtectionOptions"/>, loaded once: it encrypts new keys (<see cref="KeyManagementOptions.XmlEncryptor"/>)
/// and decrypts stored ones without the machine's certificate store (<see cref="KeyManagementOptions"/>), so the file is
/// all an app server needs.
/// </summary>
public sealed class KeyProtectionCertificate(IOptions<KeyProtectionOptions> options, IServiceProvider services, ILoggerFactory loggers)
    : IConfigureOptions<KeyManagementOptions>
{
    private readonly Lazy<X509Certificate2?> _certificate = new(() => Load(options.Value, services.GetService<IHostEnvironment>(), loggers));

    public X509Certificate2? Certificate => _certificate.Value;

    public void Configure(KeyManagementOptions keyManagement)
    {
        if (Certificate is { } certificate)
            keyManagement.XmlEncryptor = new CertificateKeyEncryptor(new CertificateXmlEncryptor(certificate, loggers));
    }


    /// <summary>Why the settings cannot start this host, or null: the file must open with its password and hold a private key.</summary>
    public static string? Problem(KeyProtectionOptions options, IHostEnvironment? environment)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
            return environment?.IsProduction() == true && !options.AllowUnprotectedKeys
                ? $"{KeyProtectionOptions.Section}:CertificatePath is not set. In Production the data-protection keys (which protect sign-in " +
                  "cookies and temporary passwords) must be encrypted with a certificate: set CertificatePath to a .pfx file and " +
                  "CertificatePassword, the same on every app server (docs/deployment.md). To run with unprotected keys anyway, set " +
                  $"{KeyProtectionOptions.Section}:AllowUnprotectedKeys to true."
                : null;
        try
        {
            using var certificate = Open(options);
            return certificate.HasPrivateKey ? null
                : $"{KeyProtectionOptions.Section}:CertificatePath ({options.CertificatePath}) holds no private key: the keys could be written but never read back.";
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return $"{KeyProtectionOptions.Section}:CertificatePath ({options.CertificatePath}) cannot be opened with CertificatePassword: {ex.Message}";
        }
    }

    private static X509Certificate2? Load(KeyProtectionOptions options, IHostEnvironment? environment, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger<KeyProtectionCertificate>();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (environment?.IsDevelopment() != true)
                logger.LogWarning("The data-protection keys are stored unprotected in the database ({Setting}:CertificatePath is not set): " +
                    "anyone with a copy of the database can read sign-in cookies and temporary passwords.", KeyProtectionOptions.Section);
            return null;
        }
        var certificate = Open(options);
        logger.LogInformation("Data-protection keys are protected with the certificate {Subject} ({Thumbprint}).", certificate.Subject, certificate.Thumbprint);
        return certificate;
    }

    private static X509Certificate2 Open(KeyProtectionOptions options) =>
        X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
}

/// <summary>
/// Data Protection's own certificate encryption (XML Encryption, RSA-OAEP over an AES key), with one change: the stored key
/// names <see cref="CertificateKeyDecryptor"/> as its decryptor. Data Protection's decryptor finds the certificate in the
/// machine's store or in options it keeps internal; this one takes it from the console's settings.
/// </summary>
public sealed class CertificateKeyEncryptor(CertificateXmlEncryptor inner) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(inner.Encrypt(plaintextElement).EncryptedElement, typeof(CertificateKeyDecryptor));
}

/// <summary>
/// Reads a key <see cref="CertificateKeyEncryptor"/> wrote, with the certificate of <see cref="KeyProtectionCertificate"/>;
/// Data Protection builds it with the App's services. A key written under another certificate does not open: that server's
/// settings name the wrong file, and the key ring says so in the log.
/// </summary>
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var certificate = services.GetRequiredService<KeyProtectionCertificate>().Certificate
            ?? throw new CryptographicException($"A data-protection key is encrypted with a certificate, but {KeyProtectionOptions.Section}:CertificatePath is not set.");
        var document = new XmlDocument();
        using (var reader = new XElement("root", encryptedElement).CreateReader())
            document.Load(reader);
        new CertificateEncryptedXml(document, certificate).DecryptDocument();
        using var decrypted = new XmlNodeReader(document.DocumentElement!.FirstChild!);
        return XElement.Load(decrypted);
    }

    /// <summary>XML Encryption that unwraps the session key with the configured certificate's private key.</summary>
    private sealed class CertificateEncryptedXml(XmlDocument document, X509Certificate2 certificate) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            var ours = encryptedKey.KeyInfo.OfType<KeyInfoX509Data>()
                .SelectMany(data => data.Certificates?.OfType<X509Certificate2>() ?? [])
                .Any(c => c.Thumbprint == certificate.Thumbprint);
            if (!ours || encryptedKey.CipherData.CipherValue is not { } wrapped)
                return base.DecryptEncryptedKey(encryptedKey);
            using var rsa = certificate.GetRSAPrivateKey()
                ?? throw new CryptographicException("The key-protection certificate has no RSA private key.");
            return DecryptKey(wrapped, rsa, useOAEP: encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl);
        }
    }
}
