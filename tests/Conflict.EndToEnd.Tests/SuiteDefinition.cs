namespace Conflict.EndToEnd.Tests;

/// <summary>One running suite shared by the end-to-end tests, which run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class SuiteDefinition : ICollectionFixture<SuiteProcess>
{
    public const string Name = "suite";
}
