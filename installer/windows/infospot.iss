; Inno Setup script for InfoSpot (per-user install, no administrator rights needed).
; Build on Windows after `make dist`:  iscc installer\windows\infospot.iss
; The user's data lives in %LOCALAPPDATA%\InfoSpot and is never touched by install or uninstall.

#define AppName "InfoSpot"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "InfoSpot.exe"
#define BuildDir "..\..\dist\InfoSpot"

[Setup]
AppId={{6F1C1C1E-3D0A-4F4E-9A55-1B9B0C2F7A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KOBİ İşbirliği ve Kümelenme Projesi
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=InfoSpot-{#AppVersion}-setup
SetupIconFile=infospot.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
; An upgrade installs over the previous version; InfoSpot backs the database up and migrates it
; at its next start.
UsePreviousAppDir=yes

[Languages]
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
turkish.DesktopIcon=Masaüstünde kısayol oluştur
english.DesktopIcon=Create a desktop shortcut
turkish.PackageType=InfoSpot eşitleme paketi
english.PackageType=InfoSpot sync package
turkish.SetupType=InfoSpot ofis kurulum dosyası
english.SetupType=InfoSpot office setup file
turkish.RunSelfTest=Kurulumu doğrula
english.RunSelfTest=Check the installation

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Old program files only; the data folder (%LOCALAPPDATA%\InfoSpot) is elsewhere and kept.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Per-user file associations: double-clicking a package or a setup file opens InfoSpot on it.
Root: HKCU; Subkey: "Software\Classes\.ispkg"; ValueType: string; ValueData: "InfoSpot.Package"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\InfoSpot.Package"; ValueType: string; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\InfoSpot.Package\DefaultIcon"; ValueType: string; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\InfoSpot.Package\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.isetup"; ValueType: string; ValueData: "InfoSpot.Setup"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\InfoSpot.Setup"; ValueType: string; ValueData: "{cm:SetupType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\InfoSpot.Setup\DefaultIcon"; ValueType: string; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\InfoSpot.Setup\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\infospot-cli.exe"; Parameters: "--self-test"; Description: "{cm:RunSelfTest}"; Flags: postinstall skipifsilent unchecked runhidden
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. %LOCALAPPDATA%\InfoSpot (databases, backups, logs) stays.
Type: filesandordirs; Name: "{app}\_internal"
