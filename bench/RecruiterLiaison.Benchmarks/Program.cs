using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Run: dotnet run -c Release --project bench/RecruiterLiaison.Benchmarks -- --filter '*'
// In-process: BenchmarkDotNet's generated project cannot restore the ASP.NET Core framework
// packages from this machine's registry (STACK.md), and in-process measures the same code.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
