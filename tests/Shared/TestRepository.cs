namespace RecruiterLiaison.Tests.Shared;

/// <summary>The checkout the tests run from: scripts and deployment files are read from it.</summary>
public static class TestRepository
{
    public static string Root { get; } = Find();

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RecruiterLiaison.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("RecruiterLiaison.sln not found above the test output.");
    }
}
