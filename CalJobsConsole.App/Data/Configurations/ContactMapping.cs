using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

internal static class ContactMapping
{
    public static void Configure(ComplexPropertyBuilder<ContactDetails> contact)
    {
        contact.Property(c => c.FullName).HasMaxLength(200);
        contact.Property(c => c.Email).HasMaxLength(254);
        contact.Property(c => c.Phone).HasMaxLength(40);
    }
}
