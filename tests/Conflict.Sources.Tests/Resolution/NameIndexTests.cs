using Conflict.Sources.Resolution;
using Conflict.Sources.V1;

namespace Conflict.Sources.Tests.Resolution;

public sealed class NameIndexTests
{
    [Fact]
    public void Put_SameIdWithOtherAlias_ForgetsTheOldAlias()
    {
        // Arrange
        var index = new NameIndex([Source("desk", "Old Nick")]);
        // Act
        index.Put(Source("desk", "New Nick"));
        // Assert
        Assert.Empty(index.Lookup("old nick", "", 1, 1, peopleOnly: false));
        Assert.Equal("desk", Assert.Single(index.Lookup("new nick", "", 1, 1, peopleOnly: false)).SourceId);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Remove_KnownSource_ForgetsEveryName()
    {
        // Arrange
        var index = new NameIndex([Source("desk", "Nick"), Source("other", "Other Nick")]);
        // Act
        index.Remove("desk");
        // Assert
        Assert.Empty(index.Lookup("nick", "", 1, 1, peopleOnly: false));
        Assert.Empty(index.Lookup("news desk desk", "", 1, 1, peopleOnly: false));
        Assert.Single(index.Lookup("other nick", "", 1, 1, peopleOnly: false));
    }

    private static ResolvableSource Source(string id, string alias)
        => new(id, "News Desk " + id, SourceKind.NewsOutlet, "FR", "", false, [new("News Desk " + id, ""), new(alias, "en")]);
}
