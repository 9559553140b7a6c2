using FluentValidation;

namespace CalJobsConsole.App.Components.Shared;

/// <summary>
/// A FluentValidation validator as MudForm's <c>Validation</c> function: validates only the field being edited
/// (STACK.md recipe), so a form shows each message beside its own input.
/// </summary>
public static class FluentValidationForMud
{
    public static Func<object, string, Task<IEnumerable<string>>> ForMudForm<T>(this IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var result = await validator.ValidateAsync(ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(propertyName)));
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
