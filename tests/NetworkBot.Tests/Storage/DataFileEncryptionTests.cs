using System.Text;
using NetworkBot.Core.Events;
using NetworkBot.Storage;
using NetworkBot.Tests.Support;

namespace NetworkBot.Tests.Storage;

public sealed class DataFileEncryptionTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private const string Title = "暗号化確認のための勉強会";
    private const string Email = "hidden.member@example.jp";

    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Theory]
    [InlineData(null, true)]
    [InlineData(Password, false)]
    public void Write_WithOrWithoutPassword_PlaintextOnlyWithout(string? password, bool plaintextExpected)
    {
        WriteEventAndRegistration(password);

        var bytes = File.ReadAllBytes(_file.Path);

        Assert.Equal(plaintextExpected, Contains(bytes, Title));
        Assert.Equal(plaintextExpected, Contains(bytes, Email));
    }

    [Fact]
    public void Open_EncryptedFileWithoutPassword_NamesTheSetting()
    {
        WriteEventAndRegistration(Password);

        var error = Assert.ThrowsAny<StorageUnavailableException>(() => new LiteDbContext(_file.Path));

        Assert.Contains("is encrypted", error.Message);
        Assert.Contains("Storage:Password", error.Message);
    }

    [Fact]
    public void Open_WrongPassword_NamesTheSettingAndShowsNoPassword()
    {
        WriteEventAndRegistration(Password);

        var error = Assert.ThrowsAny<StorageUnavailableException>(() => new LiteDbContext(_file.Path, "not the password"));

        Assert.Contains("Storage:Password does not match", error.Message);
        Assert.DoesNotContain("not the password", error.Message);
        Assert.DoesNotContain(Password, error.Message);
    }

    [Fact]
    public void Open_PlainFileWithNewPassword_EncryptsItKeepingEverythingAndNoPlainCopy()
    {
        WriteEventAndRegistration(password: null);

        using (var db = new LiteDbContext(_file.Path, Password))
        {
            Assert.Equal(Title, db.Events.FindAll().Single().Title);
            Assert.Equal(Email, db.Registrations.FindAll().Single().Email);
        }

        Assert.False(Contains(File.ReadAllBytes(_file.Path), Email));
        Assert.Equal(["networkbot.db", "networkbot.db.lock"], Directory.GetFiles(Path.GetDirectoryName(_file.Path)!).Select(Path.GetFileName).Order());
        Assert.ThrowsAny<StorageUnavailableException>(() => new LiteDbContext(_file.Path));
    }

    [Fact]
    public void Open_PlainFileOfThousandsWithNewPassword_EncryptsEveryRegistration()
    {
        // More than the 2,550 documents at which LiteDB 5.0.20's own rebuild fails on an indexed collection.
        DataFileCheckTests.WriteRegistrations(_file.Path, password: null, count: 3000);

        using (var db = new LiteDbContext(_file.Path, Password))
        {
            Assert.Equal(3000, db.Registrations.Count());
            Assert.Equal(429, db.Registrations.Find(r => r.EventId == 3).Count()); // through the index: ids 3, 10, … 2999
        }

        Assert.False(Contains(File.ReadAllBytes(_file.Path), "山形市 企画課"));
        Assert.Equal(["networkbot.db", "networkbot.db.lock"], Directory.GetFiles(Path.GetDirectoryName(_file.Path)!).Select(Path.GetFileName).Order());
    }

    private void WriteEventAndRegistration(string? password)
    {
        using var db = new LiteDbContext(_file.Path, password);
        var e = TestEvents.Symposium() with { Title = Title };
        db.Events.Insert(e);
        db.Registrations.Insert(new Registration { Id = "1:slack:T1:U1", EventId = 1, MemberId = "slack:T1:U1", Name = "山田 花子", Email = Email });
    }

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
