"""Working together through a team folder that a file-sync service carries (OneDrive, SharePoint, a share).

``folder`` knows the folder's layout and writes files atomically, ``state`` the small local record beside
the project file (this device's name, the folder, what was read), ``team_round`` one round of syncing.
"""
