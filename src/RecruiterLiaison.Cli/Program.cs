using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecruiterLiaison.Application;
using RecruiterLiaison.Cli;
using RecruiterLiaison.Infrastructure;

// `rl`: the operator's command line. Output meant for scripts goes to stdout; logs go to stderr.
if (args is ["check-note", .. var checkOptions])
{
    // The checker needs no host, configuration or database: a batch of notes starts at once.
    return await Commands.CheckNoteAsync(RecruiterLiaison.Infrastructure.Spelling.HunspellSpeller.Checkers(), checkOptions);
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
if (string.IsNullOrEmpty(builder.Configuration.GetConnectionString(RecruiterLiaison.Infrastructure.DependencyInjection.ConnectionStringName)))
{
    builder.Configuration[$"ConnectionStrings:{RecruiterLiaison.Infrastructure.DependencyInjection.ConnectionStringName}"] = DevelopmentDatabase.ConnectionString;
}

builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddApplication().AddInfrastructure(builder.Configuration);
builder.Services.AddLogging();

using var host = builder.Build();
return await Commands.RunAsync(host.Services, args, Console.Out, Console.Error);
