namespace CalJobsConsole.Domain.Common;

/// <summary>Base of every refusal the domain gives: broken rules and nonsense input.</summary>
public abstract class DomainException : Exception
{
    protected DomainException(string message) : base(message)
    {
    }
}
