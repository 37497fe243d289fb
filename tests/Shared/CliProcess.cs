using System.Diagnostics;

namespace RecruiterLiaison.Tests.Shared;

/// <summary>What <c>rl</c> printed and returned.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs the operator's command line, <c>rl</c>, from its build output as its own process, the
/// way an operator would on a deployment.
/// </summary>
public static class CliProcess
{
    public static Task<CliResult> RunAsync(string connectionString, IDictionary<string, string> settings, params string[] arguments) =>
        RunWithInputAsync(connectionString, settings, null, arguments);

    /// <summary>Runs <c>rl</c> with <paramref name="standardInput"/> piped in, then closed.</summary>
    public static async Task<CliResult> RunWithInputAsync(string connectionString, IDictionary<string, string> settings, string? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssemblyPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Default"] = connectionString;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start rl.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static string CliAssemblyPath()
    {
        // tests/<Project>/bin/<Configuration>/net10.0 → src/RecruiterLiaison.Cli/bin/<Configuration>/net10.0/rl.dll
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        var repository = testOutput.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(repository, "src", "RecruiterLiaison.Cli", "bin", configuration, "net10.0", "rl.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the command line first (dotnet build RecruiterLiaison.sln); not found: {path}");
    }
}
