using System.Diagnostics;
using System.Net;
using System.Text;

namespace RecruiterLiaison.Tests.Shared;

/// <summary>
/// The real web app, started as its own process from its build output, on a free port.
/// Used where a test needs what a user or operator runs, not an in-process host.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="port">A port of its own (a restarted instance keeps its place behind the load balancer); a free one otherwise.</param>
    public static AppProcess Start(string connectionString, IDictionary<string, string>? settings = null, int? port = null)
    {
        port ??= FreePorts.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { WebAssemblyPath(), "--urls", baseAddress.ToString() },
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Default"] = connectionString;
        // Links in e-mails (invitations) point at this process, as they would at a deployment's address.
        start.Environment["App__BaseUrl"] = baseAddress.ToString().TrimEnd('/');
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        var app = new AppProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until /health/ready answers 200; fails with the app's output otherwise.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first request while the app warms up.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app was not ready within {timeout}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string WebAssemblyPath()
    {
        // tests/<Project>/bin/<Configuration>/net10.0 → src/RecruiterLiaison.Web/bin/<Configuration>/net10.0
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        var repository = testOutput.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(repository, "src", "RecruiterLiaison.Web", "bin", configuration, "net10.0", "RecruiterLiaison.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the web app first (dotnet build RecruiterLiaison.sln); not found: {path}");
    }


    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
