using FluentValidation;

namespace RecruiterLiaison.Web.Components.Shared;

/// <summary>
/// The one adapter from a handler's FluentValidation validator to <c>MudForm.Validation</c>:
/// a field is checked, as the user leaves it, by the same rules the handler applies on submit.
/// The form's input model maps to the handler's command; fields and command properties share names.
/// </summary>
public static class FormValidation
{
    public static Func<object, string, Task<IEnumerable<string>>> With<TInput, TCommand>(IValidator<TCommand> validator, Func<TInput, TCommand> toCommand) =>
        async (model, propertyName) =>
        {
            var context = ValidationContext<TCommand>.CreateWithOptions(toCommand((TInput)model), options => options.IncludeProperties(propertyName));
            var result = await validator.ValidateAsync(context);
            return result.Errors.Select(e => e.ErrorMessage);
        };
}
