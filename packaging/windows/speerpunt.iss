; Inno Setup script: a per-user installer (no administrator rights) for dist\Speerpunt, made by
; scripts/build-app.sh on Windows. Associates .speerpunt files with Speerpunt for this user.
; UNTESTED here (see docs/INSTALL.md). Build: iscc packaging\windows\speerpunt.iss
#define AppVersion "0.1.0"
[Setup]
AppId={{6B1E4C2A-5D3F-4E8B-9A71-53E2A0C4F1D9}
AppName=Speerpunt
AppVersion={#AppVersion}
AppPublisher=Speerpunt
DefaultDirName={localappdata}\Programs\Speerpunt
DefaultGroupName=Speerpunt
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
DisableProgramGroupPage=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=Speerpunt-{#AppVersion}-setup
UninstallDisplayIcon={app}\speerpunt.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Speerpunt\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Speerpunt"; Filename: "{app}\speerpunt.exe"
Name: "{userdesktop}\Speerpunt"; Filename: "{app}\speerpunt.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; HKCU (HKA with lowest privileges): the association for this user only.
Root: HKA; Subkey: "Software\Classes\.speerpunt"; ValueType: string; ValueName: ""; ValueData: "Speerpunt.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Speerpunt.Project"; ValueType: string; ValueName: ""; ValueData: "Speerpunt-project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Speerpunt.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\speerpunt.exe,0"
Root: HKA; Subkey: "Software\Classes\Speerpunt.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\speerpunt.exe"" open ""%1"""

[Run]
Filename: "{app}\speerpunt.exe"; Description: "{cm:LaunchProgram,Speerpunt}"; Flags: nowait postinstall skipifsilent
