using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace RecruiterLiaison.Application;

public static class DependencyInjection
{
    /// <summary>Registers every use-case handler (classes named *Handler) and every validator.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var handler in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal)))
        {
            services.AddScoped(handler);
        }

        services.AddScoped<ReviewQueue.NoteReview>();

        // Validators that need per-call data (the requirements of one position) are built by their handler.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton,
            filter: scan => scan.ValidatorType.GetConstructor(Type.EmptyTypes) is not null);

        return services;
    }
}
