; Inno Setup 6 script for Counsel Desk (Windows, x64).
;
; Packs the PyInstaller one-folder build (dist\counsel-desk\, see packaging\README.md)
; into dist\counsel-desk-<version>-setup.exe:
;
;     pyinstaller --noconfirm --clean --distpath dist --workpath build packaging\pyinstaller\counsel-desk.spec
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\counsel-desk.iss
;
; * Installs for the current user by default (no administrator rights; into
;   %LOCALAPPDATA%\Programs\Counsel Desk); the user may choose all users instead.
; * Start menu entries for the app and for the demo; a desktop icon if asked for.
; * Uninstalling removes the program only. The vault, its backups and the settings live in
;   %APPDATA%\Counsel Desk and the registry key of Qt's settings; they are never removed
;   by the uninstaller: confidential records are deleted only on purpose, in the app.
; * English and Bahasa Indonesia. Indonesian.isl is an unofficial Inno Setup translation:
;   download it from https://jrsoftware.org/files/istrans/ into this folder (beside this
;   script). Without it the installer is built in English only (with a warning).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Counsel Desk"
#define AppExe "counsel-desk.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#define HaveIndonesian FileExists(AddBackslash(SourcePath) + "Indonesian.isl")

#if !HaveIndonesian
  #pragma warning "Indonesian.isl not found beside counsel-desk.iss: building an English-only installer"
#endif

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{7E0C52B4-3F0D-4C47-9C38-2B1D1C6A5E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Counsel Desk
AppPublisherURL=https://github.com/counsel-desk/counsel-desk
AppSupportURL=https://github.com/counsel-desk/counsel-desk/issues
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; "Install for all users" is offered (and needs administrator rights).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=counsel-desk-{#AppVersion}-setup
SetupIconFile={#Root}\packaging\icons\counsel-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Close a running Counsel Desk before files are replaced (it locks its vault on close).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if HaveIndonesian
Name: "id"; MessagesFile: "compiler:Default.isl,{#SourcePath}Indonesian.isl"
#endif

[CustomMessages]
en.DemoShortcut=Counsel Desk Demo (invented records)
en.DemoComment=Try Counsel Desk with a throw-away vault of invented records
en.AppComment=Confidential case records in an encrypted vault
en.DataKept=Counsel Desk was removed. Your vault, its backups and your settings were kept in:%n%n%1%n%nDelete that folder yourself only if you are sure you no longer need the records (your school's retention rules may require keeping them).
#if HaveIndonesian
id.DemoShortcut=Demo Counsel Desk (data rekaan)
id.DemoComment=Coba Counsel Desk dengan brankas sementara berisi data rekaan
id.AppComment=Catatan kasus yang rahasia dalam brankas terenkripsi
id.DataKept=Counsel Desk telah dihapus. Brankas, cadangannya, dan pengaturan Anda tetap disimpan di:%n%n%1%n%nHapus folder itu sendiri hanya jika Anda yakin catatan tersebut tidak diperlukan lagi (aturan retensi sekolah Anda mungkin mewajibkan catatan disimpan).
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: counsel-desk.exe and _internal\ (Python, Qt, resources).
Source: "{#Root}\dist\counsel-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries wholesale (stale files from an older Qt or
; Python must not linger). Only the program folder: never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "{cm:DemoComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries: %APPDATA%\Counsel Desk (vault, backups) is left alone.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\Counsel Desk');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
