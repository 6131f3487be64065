package org.licensetriage.reading;

/** Circumstances a customer describes in their own words that point at some causes of a failed activation. */
public enum Signal {
    /** The machine is offline or cannot reach the internet. */
    NO_NETWORK,
    /** A proxy, firewall, VPN or filter sits between the machine and the activation servers. */
    PROXY_OR_FIREWALL,
    /** The secure connection itself fails: TLS versions, certificates, SSL errors, with the network up. */
    SECURE_CHANNEL,
    /** The motherboard, CPU or disk was replaced, or the machine came back from repair. */
    HARDWARE_CHANGED,
    /** Windows was reinstalled, reset or the disk reimaged. */
    REINSTALLED,
    /** Windows or its edition was upgraded (Home to Pro, 10 to 11). */
    UPGRADED,
    /** Windows runs in a virtual machine. */
    VIRTUAL_MACHINE,
    /** The key was bought cheaply, at an auction or from a marketplace seller. */
    CHEAP_OR_RESOLD_KEY,
    /** The key is, or was, also used on another computer. */
    KEY_USED_ON_ANOTHER_PC,
    /** The machine belongs to an organisation (domain, IT department). */
    COMPANY_PC,
    /** The machine is a private, home computer. */
    HOME_PC,
    /** The clock, date or time zone of the machine is wrong. */
    WRONG_CLOCK,
    /** Access was denied or the user is not an administrator. */
    ACCESS_DENIED,
    /** The activation server was busy, unavailable or timed out. */
    SERVER_BUSY,
    /** An evaluation or trial edition, or media that installs one (the name is kept for the API). */
    EVALUATION_OR_PREVIEW,
    /** An Insider, preview, beta or other pre-release build. */
    PRERELEASE_BUILD,
    /** Windows shuts down or restarts by itself, often every hour. */
    SHUTS_DOWN,
    /** The licence or evaluation has expired or is about to. */
    LICENSE_EXPIRED,
    /** Windows says it is not genuine. */
    NOT_GENUINE,
    /** A debloat, privacy or tuning script or tool changed services and settings. */
    SYSTEM_TWEAKED,
    /** An unofficial activator or KMS emulator was used on the machine. */
    ACTIVATOR_USED,
    /** The licence files or store are corrupt or damaged (tokens.dat). */
    LICENSE_FILES_DAMAGED,
    /** An activation limit was reached: the key was activated too many times. */
    ACTIVATION_LIMIT,
    /** A subscription (Windows Enterprise E3/E5, Microsoft 365) or a cloud directory join. */
    SUBSCRIPTION,
    /** Windows was set up by an answer file or an imaging tool. */
    UNATTENDED_SETUP,
    /** The key or licence is for another edition, or the edition is being converted (DISM /Set-Edition). */
    OTHER_EDITION,
    /** Other products, versions or machines activate against the same service; only this one does not. */
    OTHERS_ACTIVATE,
    /** The customer says the key was entered correctly, often several times, and is still refused. */
    KEY_CHECKED,
    /** Nothing was changed on the machine before activation was lost. */
    NOTHING_CHANGED,
    /** The organisation's KMS host itself: its key, its DNS record, its software. */
    KMS_HOST_SIDE,
    /** Telephone activation (slui 4, confirmation ID) was tried or is wanted. */
    PHONE_ACTIVATION,
    /** Volume licensing: KMS, MAK, GVLK. */
    VOLUME_LICENSING,
    /** Automatic Virtual Machine Activation: guests activated by their Hyper-V or Azure Stack HCI host's licence. */
    AVMA,
    /** The customer ran a command or a script (slmgr, PowerShell, a batch file) to activate. */
    RAN_A_COMMAND,
    /** No product key is installed or could be found for the product. */
    NO_KEY_INSTALLED,
    /** A digital licence or a Microsoft account holds the licence. */
    DIGITAL_LICENSE,
    /** Windows came preinstalled by the maker (OEM, sticker, key in the firmware). */
    OEM_PREINSTALLED
}
