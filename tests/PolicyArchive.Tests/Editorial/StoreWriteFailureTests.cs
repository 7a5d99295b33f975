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

    [Fact]
    public void A_transaction_refused_after_every_retry_is_said_as_busy_not_as_a_server_out_of_reach()
    {
        // Npgsql marks a serialization failure (40001) transient, as it marks a lost connection.
        var refused = new DbUpdateException("An error occurred while saving the entity changes.", new StateException("40001", transient: true));
        Assert.Equal("the database is busy with another change and did not free up in time", StoreWriteFailure.Describe(refused));
        Assert.False(StoreWriteFailure.IsUnavailable(refused));
        Assert.Equal("the database server cannot be reached; try again in a moment", StoreWriteFailure.Describe(new StateException("08006", transient: true)));
    }

    /// <summary>A driver's error as PostgreSQL's driver raises it: a state and whether it calls it transient.</summary>
    private sealed class StateException(string state, bool transient) : System.Data.Common.DbException("state " + state)
    {
        public override string SqlState => state;

        public override bool IsTransient => transient;
    }
}
