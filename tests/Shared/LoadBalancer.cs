using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RecruiterLiaison.Tests.Shared;

/// <summary>
/// Debian's nginx in front of app instances, configured from deploy/nginx (the same server
/// block docker-compose.yml uses), on a free loopback port.
/// </summary>
public sealed class LoadBalancer : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _directory;

    private LoadBalancer(Process process, string directory, Uri baseAddress)
    {
        _process = process;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<LoadBalancer> StartAsync(Uri first, Uri second)
    {
        if (!File.Exists(NginxPath))
        {
            throw new InvalidOperationException($"nginx is not installed at {NginxPath}; run script/bootstrap.");
        }

        var port = FreePorts.Next();
        var directory = Path.Combine(Path.GetTempPath(), $"rl-nginx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var server = (await File.ReadAllTextAsync(TestRepository.PathTo("deploy", "nginx", "recruiter-liaison.conf.template")))
            .Replace("${APP_1}", first.Authority, StringComparison.Ordinal)
            .Replace("${APP_2}", second.Authority, StringComparison.Ordinal)
            .Replace("${LISTEN_PORT}", $"127.0.0.1:{port}", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(directory, "recruiter-liaison.conf"), server);
        var main = (await File.ReadAllTextAsync(TestRepository.PathTo("deploy", "nginx", "nginx.loopback.conf.template")))
            .Replace("${RUN_DIR}", directory, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), main);

        var start = new ProcessStartInfo(NginxPath)
        {
            ArgumentList = { "-p", directory, "-c", Path.Combine(directory, "nginx.conf"), "-g", "daemon off;" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start nginx.");
        var balancer = new LoadBalancer(process, directory, new Uri($"http://127.0.0.1:{port}"));
        await balancer.WaitUntilListeningAsync(port);
        return balancer;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("nginx did not start listening within 10 s.");
    }
}
