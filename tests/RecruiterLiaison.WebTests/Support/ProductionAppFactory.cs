using Microsoft.Extensions.Hosting;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>
/// The app as a deployment runs it: the Production environment, so no developer exception page,
/// no detailed binding errors and the real exception handler. Besides the connection string it
/// gets only what a test host needs: migrations and the demo agencies to sign in as, and rate
/// limits out of the way of thousands of requests (the limits have their own tests).
/// </summary>
public class ProductionAppFactory : AppFactory
{
    protected override string HostEnvironment => Environments.Production;
}

[CollectionDefinition(Name)]
public sealed class ProductionAppCollection : ICollectionFixture<ProductionAppFactory>
{
    public const string Name = "production app";
}
