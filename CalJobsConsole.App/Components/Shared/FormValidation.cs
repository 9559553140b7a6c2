using FluentValidation;

namespace CalJobsConsole.App.Components.Shared;

/// <summary>Runs a FluentValidation validator for one field at a time, in the shape <c>MudForm.Validation</c> takes.</summary>
public static class FormValidation
{
    public static Func<object, string, Task<IEnumerable<string>>> For<T>(IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var result = await validator.ValidateAsync(ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(propertyName)));
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
