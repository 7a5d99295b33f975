using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Tests.Editorial;

public sealed class StoreWriteFailureTests
{
    [Theory]
    [InlineData(13, "the disk is full")]
    [InlineData(5, "the database is locked by another process and did not free up in time")]
    [InlineData(8, "the database is read-only")]
    [InlineData(1, "the database refused the change")]
    public void A_store_failure_inside_a_save_is_said_in_plain_words(int sqliteCode, string expected)
    {
        var saved = new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("SQLite Error", sqliteCode));
        Assert.Equal(expected, StoreWriteFailure.Describe(saved));
    }

    [Fact]
    public void The_message_keeps_the_editor_informed_and_other_errors_are_not_the_stores()
    {
        Assert.Equal("Nothing was saved: the disk is full. Your text is kept below; try again later.", StoreWriteFailure.Message("the disk is full"));
        Assert.Null(StoreWriteFailure.Describe(new InvalidOperationException("a bug")));
    }
}
