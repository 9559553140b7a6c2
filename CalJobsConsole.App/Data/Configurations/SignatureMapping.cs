using CalJobsConsole.Domain.Signatures;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

/// <summary>A signature's columns on the form that carries it (issue 20): who, the name typed, when, and the statement's key and version.</summary>
internal static class SignatureMapping
{
    public static void Configure(ComplexPropertyBuilder<Signature> signature)
    {
        signature.Property(s => s.SignerName).HasMaxLength(Signature.MaxNameLength);
        signature.Property(s => s.StatementKey).HasMaxLength(40);
        signature.Property(s => s.StatementVersion).HasMaxLength(20);
        signature.Ignore(s => s.Statement);
    }
}
