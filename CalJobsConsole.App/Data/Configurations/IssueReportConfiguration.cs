using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

/// <summary>ISS-1 issue reports: the reporting form's fields as columns of the report, its messages and screenshots owned by it, the version a concurrency token.</summary>
public sealed class IssueReportConfiguration : IEntityTypeConfiguration<IssueReport>
{
    public void Configure(EntityTypeBuilder<IssueReport> builder)
    {
        builder.ToTable("IssueReports");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Summary).HasMaxLength(IssueReport.MaxSummaryLength);
        builder.Property(r => r.Description).HasMaxLength(IssueReport.MaxTextLength);
        builder.Property(r => r.UserErrorNote).HasMaxLength(IssueReport.MaxTextLength);
        builder.HasVersion();
        builder.OwnsOne(r => r.Form, form =>
        {
            form.Property(f => f.WhatHappened).HasColumnName("FormWhatHappened").HasMaxLength(IssueReportingForm.MaxTextLength);
            form.Property(f => f.Where).HasColumnName("FormWhere").HasMaxLength(IssueReportingForm.MaxWhereLength);
            form.Property(f => f.OccurredOn).HasColumnName("FormOccurredOn");
            form.Property(f => f.StepsToReproduce).HasColumnName("FormStepsToReproduce").HasMaxLength(IssueReportingForm.MaxTextLength);
            form.Property(f => f.AffectedUsersAndAccounts).HasColumnName("FormAffectedUsersAndAccounts").HasMaxLength(IssueReportingForm.MaxTextLength);
            // Issue 20's fields: nullable, so forms submitted before them keep loading.
            form.Property(f => f.OccurredAt).HasColumnName("FormOccurredAt");
            form.Property(f => f.Browser).HasColumnName("FormBrowser").HasMaxLength(IssueReportingForm.MaxBrowserLength);
            form.Property(f => f.Device).HasColumnName("FormDevice").HasMaxLength(IssueReportingForm.MaxDeviceLength);
            form.Property(f => f.Urgency).HasColumnName("FormUrgency").HasConversion<string>().HasMaxLength(16);
            form.Property(f => f.ReporterPhone).HasColumnName("FormReporterPhone").HasMaxLength(PhoneNumber.MaxLength);
            form.Property(f => f.ReporterEmail).HasColumnName("FormReporterEmail").HasMaxLength(254);
        });
        builder.Navigation(r => r.Form).IsRequired(false);
        // The administrator's queue asks for its area's reports; the Operations Unit's for the submitted ones.
        builder.HasIndex(r => new { r.AreaId, r.Status });
        builder.HasIndex(r => r.ReporterId);
        builder.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Messages).HasField("_messages").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Screenshots).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Screenshots).HasField("_screenshots").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class IssueMessageConfiguration : IEntityTypeConfiguration<IssueMessage>
{
    public void Configure(EntityTypeBuilder<IssueMessage> builder)
    {
        builder.ToTable("IssueMessages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Text).HasMaxLength(IssueReport.MaxTextLength);
    }
}

public sealed class IssueScreenshotConfiguration : IEntityTypeConfiguration<IssueScreenshot>
{
    public void Configure(EntityTypeBuilder<IssueScreenshot> builder)
    {
        builder.ToTable("IssueScreenshots");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.FileName).HasMaxLength(IssueScreenshot.MaxFileNameLength);
        builder.Property(s => s.Sha256).HasMaxLength(64);
    }
}
